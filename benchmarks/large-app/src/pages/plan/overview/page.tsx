import { gql } from "@/graphql-system";
import { channelCard } from "@/entities/channel";
import { userCard } from "@/entities/user";
import { planBoardRow } from "@/features/plan-board";
import { PageLayout } from "./layout";

export const planOverviewPage = gql.default(({ query }) =>
  query("PlanOverviewPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    plan(id: $id) {
      ...${($) => planBoardRow.spread({ first: $.first })}
    }
    channelList(first: $first) { ...${channelCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function PlanOverview({ id }: { id: string }) {
  return (
    <PageLayout title="Plan overview">
      <section data-id={id}>{/* rendered from PlanOverviewPage */}</section>
    </PageLayout>
  );
}
