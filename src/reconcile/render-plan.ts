// How a plan reads: text for terminals, JSON for tools, markdown for pull requests and job summaries.
import type { ActionType, Plan, PlanAction } from './plan.js';

const symbols: Record<ActionType, string> = {
  create: '+',
  update: '~',
  scale: '~',
  repair: '~',
  verify: '?',
  delete: '-',
  run: '▶',
  stop: '■',
  prune: '-',
  noop: '=',
  error: '!',
};

export function planSummary(plan: Plan): string {
  const { create, update, delete: del, run, error } = plan.summary;
  const runs = run > 0 ? `, ${run} job${run === 1 ? '' : 's'} to run` : '';
  const errors = error > 0 ? `, ${error} error${error === 1 ? '' : 's'}` : '';
  return `+${create} ~${update} -${del}${runs}${errors}`;
}

/** Lines worth reading: a readiness check of what already runs changes nothing, like a no-op. */
function shown(plan: Plan): PlanAction[] {
  return plan.actions.filter((a) => a.type !== 'noop' && a.type !== 'verify');
}

export function renderPlanText(plan: Plan): string {
  const lines = shown(plan).flatMap((a) => [
    `${symbols[a.type]} ${a.key}  ${a.type}: ${a.reason}`,
    ...(a.changes ?? []).map((change) => `    ${change}`),
  ]);
  const unchanged = plan.actions.length - shown(plan).length;
  const tail = unchanged > 0 ? ` (${unchanged} unchanged)` : '';
  const head = plan.hasChanges
    ? `Plan: ${planSummary(plan)}${tail}`
    : `No changes${tail}. ${plan.summary.error > 0 ? planSummary(plan) : ''}`.trimEnd();
  return `${[...lines, head].join('\n')}\n`;
}

export function renderPlanMarkdown(plan: Plan): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = shown(plan).map((a) => {
    const changes = (a.changes ?? []).map((c) => `<br>\`${cell(c)}\``).join('');
    return `| ${symbols[a.type]} | \`${a.key}\` | ${a.type} | ${cell(a.reason)}${changes} |`;
  });
  const table =
    rows.length > 0
      ? ['| | resource | action | why |', '|---|---|---|---|', ...rows].join('\n')
      : '_No changes._';
  return `### berth plan: ${planSummary(plan)}\n\n${table}\n`;
}

export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify({ summary: plan.summary, hasChanges: plan.hasChanges, actions: plan.actions }, null, 2)}\n`;
}
