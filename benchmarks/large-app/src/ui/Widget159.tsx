import { useId, useState } from "react";

export function Widget159({ label, onChange }: { label: string; onChange?: (value: string) => void }) {
  const id = useId();
  const [value, setValue] = useState("");
  return (
    <label htmlFor={id}>
      {label}
      <input
        id={id}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          onChange?.(event.target.value);
        }}
      />
    </label>
  );
}
