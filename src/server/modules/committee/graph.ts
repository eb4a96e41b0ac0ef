/**
 * The task dependency graph (issue 13): cycle detection and the critical path. Pure functions over ids, so they are
 * tested without a database and used by the task service (refusing a cycle) and readiness (the critical path).
 * An edge `{ taskId, dependsOnId }` reads "taskId cannot be done before dependsOnId".
 */
export interface DepEdge {
  taskId: string;
  dependsOnId: string;
}

function adjacency(edges: readonly DepEdge[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const list = next.get(e.taskId);
    if (list) list.push(e.dependsOnId);
    else next.set(e.taskId, [e.dependsOnId]);
  }
  return next;
}

/**
 * The cycle that `added` would close in the graph of `existing`, as the ids along it (first = last), or null when
 * there is none. A task depending on itself is a cycle of one.
 */
export function findCycle(existing: readonly DepEdge[], added: readonly DepEdge[]): string[] | null {
  const next = adjacency([...existing, ...added]);
  for (const start of added) {
    // Is there a path dependsOnId → … → taskId? Then taskId → dependsOnId closes it.
    const path = pathBetween(next, start.dependsOnId, start.taskId);
    if (path) return [start.taskId, ...path];
  }
  return null;
}

function pathBetween(next: Map<string, string[]>, from: string, to: string): string[] | null {
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift() ?? "";
    if (at === to) {
      const path: string[] = [];
      for (let n: string | null | undefined = at; n != null; n = cameFrom.get(n)) path.unshift(n);
      return path;
    }
    for (const n of next.get(at) ?? []) {
      if (!cameFrom.has(n)) {
        cameFrom.set(n, at);
        queue.push(n);
      }
    }
  }
  return null;
}

export interface PathTask {
  id: string;
  open: boolean;
  /** ISO moment or null; breaks ties (the chain whose end is due first wins). */
  dueAt: string | null;
}

/**
 * The critical path: the longest chain of open tasks linked by dependencies, in the order they must be done (the
 * first has no open dependency left). Done and cancelled tasks are not on it and do not link chains. Ties go to the
 * chain whose last task is due first, then to the smaller id, so the answer is the same on every call. The graph is
 * assumed acyclic (the service refuses cycles); a cycle in stored data is cut, never looped on.
 */
export function criticalPath(tasks: readonly PathTask[], edges: readonly DepEdge[]): string[] {
  const open = new Map(tasks.filter((t) => t.open).map((t) => [t.id, t]));
  const next = adjacency(edges.filter((e) => open.has(e.taskId) && open.has(e.dependsOnId)));
  const best = new Map<string, string[]>(); // longest chain ending at id, in doing order
  const visiting = new Set<string>();
  const chainTo = (id: string): string[] => {
    const known = best.get(id);
    if (known) return known;
    if (visiting.has(id)) return [id];
    visiting.add(id);
    let longest: string[] = [];
    for (const dep of next.get(id) ?? []) {
      const c = chainTo(dep);
      if (c.length > longest.length || (c.length === longest.length && better(c, longest))) longest = c;
    }
    visiting.delete(id);
    const chain = [...longest, id];
    best.set(id, chain);
    return chain;
  };
  const due = (id: string) => open.get(id)?.dueAt ?? "9999";
  const better = (a: string[], b: string[]) => {
    if (!b.length) return true;
    const da = due(a[a.length - 1] ?? "");
    const db = due(b[b.length - 1] ?? "");
    return da !== db ? da < db : (a[a.length - 1] ?? "") < (b[b.length - 1] ?? "");
  };
  let result: string[] = [];
  for (const id of [...open.keys()].sort()) {
    const c = chainTo(id);
    if (c.length > result.length || (c.length === result.length && better(c, result))) result = c;
  }
  return result;
}
