export interface RetryOptions34 {
  attempts: number;
  delayMs: number;
  factor?: number;
}

export async function withRetry34<T>(run: () => Promise<T>, options: RetryOptions34): Promise<T> {
  let delay = options.delayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= options.attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= options.factor ?? 2;
    }
  }
}
