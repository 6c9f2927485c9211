import {join} from 'node:path';
import ExcelJS from 'exceljs';
import {afterAll, expect, it} from 'vitest';
import {EXAMPLE_PLUGIN, pluginDir} from '../fixtures/plugin-dir.js';
import {runCliInProcess} from '../fixtures/run-cli.js';

// `aws-cost now` adds the findings of the settings' plugins' analyzers (issue 15: analyzers add findings to now).
const withPlugin = pluginDir();
withPlugin.settings([EXAMPLE_PLUGIN]);
const without = pluginDir();
afterAll(() => {
	withPlugin.remove();
	without.remove();
});
const now = ['now', '--demo', '--today', '2026-11-25'];

it('lists the example analyzer’s finding in JSON and in the table, money exact', {timeout: 120_000}, async () => {
	const json = await runCliInProcess([...now, '--format', 'json'], withPlugin.env);
	expect(json.stderr).toBe('');
	expect(json.code).toBe(0);
	const report = JSON.parse(json.stdout) as {findings: {analyzer: string; plugin: string; title: string; severity: string; amount: string}[]};
	expect(report.findings).toEqual([expect.objectContaining({plugin: 'aws-cost-plugin-teams', analyzer: 'top-service-share', title: expect.stringMatching(/^Amazon Elastic Compute Cloud - Compute is [\d.]+% of last month$/), amount: expect.stringMatching(/^\d+\.\d+$/)})]);
	const table = await runCliInProcess(now, withPlugin.env);
	expect(table.code).toBe(0);
	expect(table.stdout).toContain('Findings from plugins');
	expect(table.stdout).toMatch(/info +top-service-share +Amazon Elastic Compute Cloud - Compute is [\d.]+% of .*\$[\d,]+\.\d\d\n/);
});

it('says nothing of findings when the settings name no plugin', {timeout: 120_000}, async () => {
	const json = await runCliInProcess([...now, '--format', 'json'], without.env);
	expect(json.code).toBe(0);
	expect(JSON.parse(json.stdout)).not.toHaveProperty('findings');
	expect(JSON.parse(json.stdout)).toHaveProperty('billableRequests');
	expect((await runCliInProcess(now, without.env)).stdout).not.toContain('Findings from plugins');
});

it('`report` carries the findings too: a Markdown section, the payload’s findings (money to the cent) and an XLSX sheet', {timeout: 120_000}, async () => {
	const printed = await runCliInProcess(['report', '--demo', '--today', '2026-11-25', '--format', 'json'], withPlugin.env);
	expect(printed.stderr).toBe('');
	expect(printed.code).toBe(0);
	const payloads = JSON.parse(printed.stdout) as unknown;
	const payload = (Array.isArray(payloads) ? payloads[0] : payloads) as {findings: {analyzer: string; amount: number}[]};
	expect(payload.findings).toEqual([expect.objectContaining({analyzer: 'top-service-share', title: expect.stringMatching(/^Amazon Elastic Compute Cloud - Compute is /), amount: expect.any(Number)})]);
	expect(Math.round(payload.findings[0]!.amount * 100) / 100).toBe(payload.findings[0]!.amount);
	const markdown = await runCliInProcess(['report', '--demo', '--today', '2026-11-25'], withPlugin.env);
	expect(markdown.stdout).toMatch(/## Findings from plugins\n\n- \*\*(info|warning)\*\* Amazon Elastic Compute Cloud - Compute is [\d.]+% of last month: .*\(\$[\d,]+\.\d\d\) — top-service-share/);
	const file = join(withPlugin.path, 'report.xlsx');
	expect((await runCliInProcess(['report', '--demo', '--today', '2026-11-25', '--to', `file:${file}`], withPlugin.env)).code).toBe(0);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(file);
	const row = workbook.getWorksheet('Findings')!.getRow(2);
	expect(row.getCell(2).value).toBe('top-service-share');
	expect(typeof row.getCell(5).value).toBe('number');
});
