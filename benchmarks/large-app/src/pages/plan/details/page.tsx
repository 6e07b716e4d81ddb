import { gql } from "@/graphql-system";
import { channelCard } from "@/entities/channel";
import { userCard } from "@/entities/user";
import { attachmentBoardRow } from "@/features/attachment-board";
import { PageLayout } from "./layout";

export const planDetailsPage = gql.default(({ query }) =>
  query("PlanDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    attachment(id: $id) {
      ...${($) => attachmentBoardRow.spread({ first: $.first })}
    }
    channelList(first: $first) { ...${channelCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function PlanDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Plan details">
      <section data-id={id}>{/* rendered from PlanDetailsPage */}</section>
    </PageLayout>
  );
}
