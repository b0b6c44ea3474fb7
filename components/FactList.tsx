// A definition list of labelled facts (the active bundle's id, version, date…), each value with
// its own test id.
export type Fact = readonly [id: string, label: string, value: string];

export interface FactListProps {
  facts: readonly Fact[];
  testId?: string;
  version?: number;
}

export function FactList({ facts, testId, version }: FactListProps) {
  return (
    <dl class="facts" data-testid={testId} data-version={version}>
      {facts.map(([id, label, value]) => (
        <div key={id}>
          <dt>{label}</dt>
          <dd data-testid={id}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
