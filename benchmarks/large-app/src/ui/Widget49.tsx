import type { ReactNode } from "react";

type Tone = "info" | "warning" | "danger";

const TONES: Record<Tone, string> = { info: "blue", warning: "amber", danger: "red" };

export function Widget49({ tone = "info", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <div role={tone === "danger" ? "alert" : "status"} style={{ borderColor: TONES[tone] }}>
      {children}
    </div>
  );
}
