// A minimal hand-written stand-in for soda-gql's generated graphql-system, so the app
// type-checks. `soda-cache build` reads schema.graphql, never this file, and the SWC plugin
// removes every import of it: reaching this code means a file was not transformed.
type Composer = Record<string, any>;
type Define = (factory: (composer: Composer) => any) => any;

const untransformed: Define = () => {
  throw new Error("soda-gql graphql-system stand-in reached: the soda-cache SWC plugin did not transform this file");
};

export const gql: Record<"default", Define> = { default: untransformed };
