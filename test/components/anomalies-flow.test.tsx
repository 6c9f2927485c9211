import {afterEach, expect, test} from 'vitest';
import {App} from '../../components/app.js';
import {addDays, type IsoDate} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import {DEFAULT_SETTINGS} from '../../source/settings.js';
import {createDemoSource, demoInjectedSpikes} from '../../source/sources/demo/index.js';
import {keys, type Rendered, renderWithProviders} from '../render.js';

const today = '2026-11-25' as IsoDate;
let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function renderDemoApp(): Rendered {
	const source = createDemoSource({today});
	const engine = new CostEngine({source, today});
	return renderWithProviders(
		<App engineFor={async () => engine} initialScope={{source: 'demo'}} today={today} settings={DEFAULT_SETTINGS} exportDirectory={process.cwd()} />,
		{columns: 160, rows: 44},
	);
}

/** The list's rows: the lines under its heading, each "│›…" or "│ …". */
const listRows = (frame: string): string[] => {
	const lines = frame.split('\n');
	const heading = lines.findIndex(line => line.includes('Days') && line.includes('Top cause'));
	return lines.slice(heading + 1).filter(line => /^[│┃][ ›]\d{4}-\d\d-\d\d/.test(line));
};

/** Each injected spike of the window, listed once per service and once per account, on its days, with the usage type behind it; nothing else. */
function expectSpikesListed(frame: string, window: {start: string; end: string}): void {
	const rows = listRows(frame);
	const spikes = demoInjectedSpikes(today).filter(spike => spike.days[0]! >= window.start && spike.days[0]! < window.end);
	expect(spikes.length).toBeGreaterThan(0);
	expect(rows).toHaveLength(2 * spikes.length);
	for (const spike of spikes) {
		const days = spike.days.length === 1 ? spike.days[0]! : `${spike.days[0]} … ${spike.days.at(-1)}`;
		const byService = rows.find(row => row.includes(spike.service.slice(0, 25)) && row.includes(days));
		expect(byService, spike.id).toContain(`USAGE_TYPE ${spike.usageType}`);
		const byAccount = rows.find(row => row.includes(`${spike.accountName} (${spike.account})`));
		expect(byAccount, spike.id).toContain(days);
	}
}

test("A lists this month's injected spike per service and per account with its cause, and nothing else; Enter shows the cause on the table", async () => {
	rendered = renderDemoApp();
	await rendered.waitFor('Up to date');
	rendered.press('A');
	const frame = await rendered.waitFor(next => listRows(next).length > 0 && next.includes('Anomalies 2026-11-01 … 2026-11-24'), 8_000);
	expectSpikesListed(frame, {start: '2026-11-01', end: today});

	const natRow = listRows(frame).findIndex(row => row.includes('EC2 - Other (service)'));
	for (let step = 0; step < natRow; step++) rendered.press(keys.down);
	await rendered.waitFor(next => listRows(next)[natRow]!.slice(1).startsWith('›'));
	expect(rendered.lastFrame()).toContain('Cause: USAGE_TYPE USE1-NatGateway-Bytes');
	rendered.press(keys.enter);
	const nat = demoInjectedSpikes(today)[0]!;
	const drilled = await rendered.waitFor(
		next => next.includes('SERVICE: EC2 - Other › by USAGE_TYPE') && next.includes('Up to date') && next.includes(`┃›${nat.usageType}`),
		8_000,
	);
	expect(drilled).toContain(`${nat.days[0]} … ${addDays(nat.days[0]!, 1)}`);
	expect(drilled).toMatch(/Anomaly: .*› SERVICE: EC2 - Other/);
});

test('the chart continues this month with the forecast and marks the anomaly days', async () => {
	rendered = renderDemoApp();
	const frame = await rendered.waitFor(next => next.includes('┄ forecast (80% band)') && next.includes('▲'), 8_000);
	expect(frame).toMatch(/MTD \$[\d,]+\.\d\d → projected \$[\d,]+\.\d\d \(±\$[\d,]+\.\d\d\)/);
	expect(frame).toContain('2026-11-30');
});
