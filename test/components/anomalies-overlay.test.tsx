import {afterEach, expect, test} from 'vitest';
import {AnomaliesOverlay} from '../../components/anomalies-overlay.js';
import type {AnomalyListRow} from '../../source/view/anomaly-list.js';
import {type Rendered, renderWithProviders} from '../render.js';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const row = (index: number): AnomalyListRow => ({
	days: `2026-11-${String(index + 1).padStart(2, '0')}`,
	group: `Service ${index}`,
	kind: 'service',
	expected: '$100.00',
	actual: '$600.00',
	impact: '+$500.00',
	topCause: `USAGE_TYPE Usage-${index} 90%`,
	causeDetail: `USAGE_TYPE Usage-${index} 90% › REGION us-east-1 100%`,
});

test('rows with days, group, figures and top cause; the cursor row and its full cause', async () => {
	const rows = [row(0), row(1)];
	rendered = renderWithProviders(
		<AnomaliesOverlay width={140} height={12} windowLabel="2026-11-01 … 2026-11-24" content={{status: 'ready', rows, notes: []}} cursor={1} />,
	);
	const frame = await rendered.waitFor('Anomalies 2026-11-01 … 2026-11-24');
	const lines = frame.split('\n');
	expect(lines.find(line => line.includes('Days'))).toMatch(/Days\s+Group\s+Expected\s+Actual\s+Impact\s+Top cause/);
	expect(lines.find(line => line.includes('Service 1'))).toMatch(/›2026-11-02\s+Service 1 \(service\)\s+\$100\.00\s+\$600\.00\s+\+\$500\.00\s+USAGE_TYPE Usage-1 90%/);
	expect(lines.find(line => line.includes('Service 0'))).not.toContain('›');
	expect(frame).toContain('Cause: USAGE_TYPE Usage-1 90% › REGION us-east-1 100%');
	expect(lines).toHaveLength(12);
});

test('a long list is windowed around the cursor, inside its height', async () => {
	const rows = Array.from({length: 40}, (_, index) => row(index));
	rendered = renderWithProviders(<AnomaliesOverlay width={140} height={12} windowLabel="x" content={{status: 'ready', rows, notes: ['Root causes shown for the 10 largest of 40 anomalies.']}} cursor={30} />);
	const frame = await rendered.waitFor('Service 30');
	expect(frame).toContain('Root causes shown for the 10 largest');
	expect(frame).not.toContain('Service 0 ');
	expect(frame.split('\n')).toHaveLength(12);
});

test.each([
	[{status: 'loading'} as const, 'Looking for anomalies and their causes…'],
	[{status: 'failed', message: 'Cost Explorer is throttling: wait a minute.'} as const, 'Cost Explorer is throttling: wait a minute.'],
	[{status: 'ready', rows: [], notes: []} as const, 'No anomalies in these days'],
])('%o says so', async (content, text) => {
	rendered = renderWithProviders(<AnomaliesOverlay width={120} height={10} windowLabel="2026-11-01 … 2026-11-24" content={content} cursor={0} />);
	await rendered.waitFor(text);
});

test('at 80 columns Actual, Impact and the cause stay; Expected goes and names are short', async () => {
	const spike = {...row(0), days: '2026-11-19 … 2026-11-20', group: 'Amazon Elastic Compute Cloud - Compute', expected: '$1,300.00', actual: '$3,726.54', impact: '+$2,426.00', topCause: 'USAGE_TYPE USE1-NatGateway-Bytes 96%'};
	rendered = renderWithProviders(
		<AnomaliesOverlay width={80} height={12} windowLabel="2026-11-01 … 2026-11-26" content={{status: 'ready', rows: [spike], notes: []}} cursor={0} />,
		{columns: 80, rows: 24},
	);
	const frame = await rendered.waitFor('Actual');
	const lines = frame.split('\n');
	expect(lines.find(line => line.includes('Days'))).toMatch(/Days\s+Group\s+Actual\s+Impact\s+Top cause/);
	const line = lines.find(line => line.includes('$3,726.54'))!;
	expect(line).toMatch(/›11-19 … 11-20\s+EC2 \(service\)\s+\$3,726\.54\s+\+\$2,426\.00\s+USAGE_TYPE USE1-Nat/);
	for (const text of lines) expect([...text].length).toBeLessThanOrEqual(80);
});
