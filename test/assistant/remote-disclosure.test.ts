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

	it('shows once per base URL and remembers it in the state directory', async () => {
		const dir = stateDir();
		const log = new DisclosureLog(dir);
		expect(await log.noticeFor('http://127.0.0.1:1234/v1')).toBe(remoteDisclosure('http://127.0.0.1:1234/v1'));
		expect(await new DisclosureLog(dir).noticeFor('http://127.0.0.1:1234/v1')).toBeUndefined();
		expect(await log.noticeFor('https://other.example.com/v1')).toBeDefined();
		expect(JSON.parse(readFileSync(join(dir, 'remote-endpoints.json'), 'utf8'))).toEqual({
			acknowledged: ['http://127.0.0.1:1234/v1', 'https://other.example.com/v1'],
		});
	});

	it('treats a damaged state file as nothing acknowledged', async () => {
		const dir = stateDir();
		const log = new DisclosureLog(dir);
		await log.acknowledge('http://a/v1');
		writeFileSync(join(dir, 'remote-endpoints.json'), '{not json');
		expect(await log.isAcknowledged('http://a/v1')).toBe(false);
		expect(await log.noticeFor('http://a/v1')).toBeDefined();
		expect(await log.isAcknowledged('http://a/v1')).toBe(true);
	});
});
