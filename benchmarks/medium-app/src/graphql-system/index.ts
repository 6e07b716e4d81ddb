// Stands in for the generated graphql-system: the builder reads the schema SDL, never this file.
type Composer = Record<string, (...args: any[]) => any>;
export const gql: Record<"default" | "admin", (factory: (composer: Composer) => any) => any> = {} as any;
