import { gql } from "@/graphql-system";
import { accountCard } from "@/entities/account";
import { userCard } from "@/entities/user";
import { expenseBoardRow } from "@/features/expense-board";
import { PageLayout } from "./layout";

export const expenseOverviewPage = gql.default(({ query }) =>
  query("ExpenseOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    expense(id: $id) {
      ...${($) => expenseBoardRow.spread({ first: $.first })}
    }
    accountList(first: $first) { ...${accountCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ExpenseOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Expense overview">
      <section data-id={id}>{/* rendered from ExpenseOverviewPage */}</section>
    </PageLayout>
  );
}
