import { gql } from "@/graphql-system";
import { projectCard } from "@/entities/project";
import { userCard } from "@/entities/user";
import { customerBoardRow } from "@/features/customer-board";
import { PageLayout } from "./layout";

export const channelDetailsPage = gql.default(({ query }) =>
  query("ChannelDetailsPage")`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    customer(id: $id) {
      ...${($) => customerBoardRow.spread({ first: $.first })}
    }
    projectList(first: $first) { ...${projectCard} }
    viewer: user(id: $viewerId) { ...${userCard} }
  }`(),
);

export default function ChannelDetails({ id }: { id: string }) {
  return (
    <PageLayout title="Channel details">
      <section data-id={id}>{/* rendered from ChannelDetailsPage */}</section>
    </PageLayout>
  );
}
