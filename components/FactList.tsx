// A definition list of labelled facts (the active bundle's id, version, date…), each value with
// its own test id.
export type Fact = readonly [id: string, label: string, value: string];

export interface FactListProps {
  facts: readonly Fact[];
}

export function FactList({ facts }: FactListProps) {
  return (
    <dl class="facts">
      {facts.map(([id, label, value]) => (
        <div key={id}>
          <dt>{label}</dt>
          <dd data-testid={id}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
