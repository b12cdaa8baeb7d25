import { useQuery } from '@apollo/client/react';
import { TerritoriesQuery } from './territories-query.js';

export function TerritoryList() {
  const { data, loading, error } = useQuery(TerritoriesQuery);
  if (loading) return <p>Loading territories…</p>;
  if (error) return <p role="alert">Could not load territories: {error.message}</p>;
  if (!data || data.territories.length === 0) {
    return <p>No territories yet. Run <code>npm run seed</code> or <code>npm run import -- &lt;folder&gt;</code>.</p>;
  }
  return (
    <ul className="territory-list">
      {data.territories.map((t) => (
        <li key={t.id} data-territory-id={t.id}>
          <strong>{t.name}</strong> — {t.peopleCount} people, {t.institutionCount} institutions
        </li>
      ))}
    </ul>
  );
}
