import { gql } from "@/graphql-system";
import { accountCard } from "@/entities/account";
import { userCard } from "@/entities/user";
import { milestoneBoardRow } from "@/features/milestone-board";
import { PageLayout } from "./layout";

export const expenseDetailsPage = gql.default(({ query }) =>
  query("ExpenseDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    milestone(id: $id) {
      ...${($) => milestoneBoardRow.spread({ first: $.first })}
    }
    accountList(first: $first) { ...${accountCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ExpenseDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Expense details">
      <section data-id={id}>{/* rendered from ExpenseDetailsPage */}</section>
    </PageLayout>
  );
}
