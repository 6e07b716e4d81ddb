import type { ReactNode } from "react";

export function PageLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page MeetingOverview">
      <header>
        <h1>{title}</h1>
        <nav aria-label="breadcrumbs">
          <a href="/">Home</a>
        </nav>
      </header>
      <main>{children}</main>
    </div>
  );
}
