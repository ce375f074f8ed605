/**
 * Published benchmarks shown beside a network's totals (docs/FACTS.md, section 2): each with its
 * source, year and basis. Vendors measure differently: they are shown as orders of magnitude,
 * never compared with each other, and only for the basis they use.
 */
import type { Basis } from '../kpi/definitions';
import type { NetworkId } from './fields';

interface Benchmark {
  id: 'buffer' | 'rivaliq';
  basis: Basis;
  /** Percent. */
  values: Partial<Record<NetworkId, number>>;
}

const BENCHMARKS: readonly Benchmark[] = [
  // Buffer 2025, engagement rate by impressions (via shortsintel.com).
  {
    id: 'buffer',
    basis: 'impressions',
    values: { linkedin: 6.5, facebook: 5.07, tiktok: 4.86, x: 2.31, instagram: 1.16 },
  },
  // Rival IQ 2023 report (2022 data), median engagement rate per post by followers (via wishu.io).
  { id: 'rivaliq', basis: 'followers', values: { tiktok: 5.69, instagram: 0.47, facebook: 0.06, x: 0.035 } },
];

export function benchmarksFor(network: NetworkId): { id: Benchmark['id']; basis: Basis; value: number }[] {
  return BENCHMARKS.flatMap((b) => {
    const value = b.values[network];
    return value === undefined ? [] : [{ id: b.id, basis: b.basis, value }];
  });
}
