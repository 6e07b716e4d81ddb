import { gql } from "@/graphql-system";
// `\u0041` and `` \` `` are escapes in the template: the error still points at `nope`.
export const q = gql.default(({ query }) => query("Q")`{ users { id name(a: "\u0041\`") nope } }`());
