import { useEffect, useRef } from "react";

export function Widget5({ open, onClose, title }: { open: boolean; onClose: () => void; title: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) ref.current?.showModal();
    else ref.current?.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-label={title}>
      <form method="dialog">
        <h2>{title}</h2>
        <button value="close">Close</button>
      </form>
    </dialog>
  );
}
