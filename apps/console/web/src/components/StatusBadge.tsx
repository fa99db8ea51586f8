/** A state word (draft, published, accepted…) with a colour that is never the only cue: the word is always there. */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return <span className={`badge badge-${status.replace(/[^a-z0-9-]/gi, '')}`}>{label ?? status}</span>;
}
