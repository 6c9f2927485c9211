import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {DisclosureLog, remoteDisclosure} from '../../source/assistant/remote-disclosure.js';

const dirs: string[] = [];
const stateDir = (): string => {
	const dir = join(mkdtempSync(join(tmpdir(), 'aws-cost-disclosure-')), 'state');
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(join(dir, '..'), {recursive: true, force: true});
});

describe('remote disclosure', () => {
	it('says what is sent and what never is', () => {
		const text = remoteDisclosure('https://api.example.com/v1');
		expect(text).toContain('sent to the model at https://api.example.com/v1');
		expect(text).toContain("today's date and the current view");
		expect(text).toContain('aggregated tables');
		expect(text).toContain('never receives AWS credentials');
	});

	it('asks a person once per base URL and remembers their yes in the state directory', async () => {
		const dir = stateDir();
		const log = new DisclosureLog(dir);
		const shown: string[] = [];
		const prompts: string[] = [];
		const yes = async (prompt: string): Promise<boolean> => (prompts.push(prompt), true);
		const options = {yesRemote: false, confirm: yes, showNotice: (text: string) => shown.push(text)};
		expect(await log.consent('http://127.0.0.1:1234/v1', options)).toBe('agreed');
		expect(shown).toEqual([remoteDisclosure('http://127.0.0.1:1234/v1')]);
		expect(prompts).toEqual(['Send questions to http://127.0.0.1:1234/v1? [y/N] ']);
		expect(await new DisclosureLog(dir).consent('http://127.0.0.1:1234/v1', {...options, confirm: undefined})).toBe('acknowledged');
		expect(shown).toHaveLength(1);
		expect(await log.consent('https://other.example.com/v1', options)).toBe('agreed');
		expect(JSON.parse(readFileSync(join(dir, 'remote-endpoints.json'), 'utf8'))).toEqual({
			acknowledged: ['http://127.0.0.1:1234/v1', 'https://other.example.com/v1'],
		});
	});

	it('remembers nothing nobody agreed to: no terminal, --yes-remote, or a no', async () => {
		const dir = stateDir();
		const log = new DisclosureLog(dir);
		const shown: string[] = [];
		const showNotice = (text: string): number => shown.push(text);
		expect(await log.consent('http://a/v1', {yesRemote: false, showNotice})).toBe('needs-consent');
		expect(shown).toEqual([]);
		expect(await log.consent('http://a/v1', {yesRemote: true, showNotice})).toBe('allowed-once');
		expect(shown).toEqual([remoteDisclosure('http://a/v1')]);
		expect(await log.consent('http://a/v1', {yesRemote: false, confirm: async () => false, showNotice})).toBe('declined');
		expect(await log.isAcknowledged('http://a/v1')).toBe(false);
	});

	it('treats a damaged state file as nothing acknowledged', async () => {
		const dir = stateDir();
		const log = new DisclosureLog(dir);
		await log.acknowledge('http://a/v1');
		writeFileSync(join(dir, 'remote-endpoints.json'), '{not json');
		expect(await log.isAcknowledged('http://a/v1')).toBe(false);
		expect(await log.consent('http://a/v1', {yesRemote: false, confirm: async () => true, showNotice: () => undefined})).toBe('agreed');
		expect(await log.isAcknowledged('http://a/v1')).toBe(true);
	});
});
