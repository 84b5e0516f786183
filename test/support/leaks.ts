// What a berth instance left on the engine that nothing of it uses, besides containers: volumes
// no container of the instance mounts (an owner's /data volume is user data the product keeps, so
// it never counts), networks of the instance when nothing of it runs (or any but its own), images
// berth built for it that no container uses, and gateway routes to replicas that no longer run.
import Docker from 'dockerode';

export interface Leaks {
  volumes: string[];
  networks: string[];
  images: string[];
  routes: string[];
}

/** `berthUrl`: a running berth whose gateway routes are checked too. */
export async function leaksOf(instance: string, berthUrl?: string): Promise<Leaks> {
  const docker = new Docker();
  const containers = await docker.listContainers({
    all: true,
    filters: { label: [`berth.instance=${instance}`] },
  });
  const mounted = new Set(containers.flatMap((c) => c.Mounts.map((m) => m.Name ?? '')));
  const { Volumes: volumes } = await docker.listVolumes();
  // The engine answers null for no volumes and for a volume without labels.
  const ours = ((volumes as typeof volumes | null) ?? []).filter(
    (v) =>
      v.Name.startsWith(`berth-${instance}-`) ||
      (v.Labels as Record<string, string> | null)?.['berth.instance'] === instance,
  );
  const data = `berth-${instance}-data-`;
  const leakedVolumes = ours
    .filter((v) => !v.Name.startsWith(data) && !mounted.has(v.Name))
    .map((v) => v.Name);

  const networks = (await docker.listNetworks()).filter((n) => n.Name.includes(instance));
  const own = `berth-${instance}`;
  const leakedNetworks = networks
    .filter((n) => n.Name !== own || containers.length === 0)
    .map((n) => n.Name);

  const images = await docker.listImages({ filters: { label: [`berth.instance=${instance}`] } });
  const used = new Set(containers.map((c) => c.ImageID));
  const leakedImages = images
    .filter((i) => !used.has(i.Id))
    .map((i) => (i.RepoTags ?? [])[0] ?? i.Id);

  const routes: string[] = [];
  if (berthUrl) {
    const names = new Set(
      containers
        .filter((c) => c.Labels['berth.kind'] === 'Deployment')
        .map((c) => c.Labels['berth.name'] ?? ''),
    );
    const status = (await (await fetch(`${berthUrl}/api/v1/resources`)).json()) as {
      resources: { kind: string; name: string }[];
    };
    for (const r of status.resources) if (r.kind === 'Deployment') names.add(r.name);
    for (const name of names) {
      const res = await fetch(`${berthUrl}/api/v1/resources/Deployment/${name}`);
      if (!res.ok) continue;
      const { endpoints } = (await res.json()) as { endpoints?: { unitId: string }[] };
      for (const e of endpoints ?? []) {
        const unit = containers.find((c) => c.Id === e.unitId);
        if (unit?.State !== 'running' || unit.Labels['berth.name'] !== name)
          routes.push(`${name} → ${e.unitId.slice(0, 12)} (${unit?.State ?? 'gone'})`);
      }
    }
  }
  return { volumes: leakedVolumes, networks: leakedNetworks, images: leakedImages, routes };
}

export const noLeaks: Leaks = { volumes: [], networks: [], images: [], routes: [] };
