export interface LabelSettingsItemData {
  id: string;
  name: string;
  status: "ACTIVE" | "DRAFT" | "ARCHIVED";
  updatedAt?: string | null;
}

export function LabelSettingsItem({ item }: { item: LabelSettingsItemData }) {
  const stale = item.updatedAt ? Date.now() - Date.parse(item.updatedAt) > 86_400_000 : true;
  return (
    <li data-status={item.status.toLowerCase()} className={stale ? "stale" : undefined}>
      <strong>{item.name}</strong>
      {item.updatedAt ? <time dateTime={item.updatedAt}>{item.updatedAt}</time> : null}
    </li>
  );
}
