// ESM entry of the runtime (the implementation is shared with the CommonJS entry).
import runtime from "./index.cjs";

export const gqlRuntime = runtime.gqlRuntime;
