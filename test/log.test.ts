import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {fileLogger, redactSecrets} from '../source/log.js';

describe('redactSecrets', () => {
	it.each([
		['key AKIAIOSFODNN7EXAMPLE used', 'key [redacted] used'],
		['aws_secret_access_key=wJalrXUtnFEMI/K7MDENG', 'aws_secret_access_key=[redacted]'],
		['Authorization: AWS4-HMAC-SHA256 Credential=abc', 'Authorization: [redacted] Credential=[redacted]'],
		['token IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6 echoed', 'token [redacted] echoed'],
		['secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY leaked', 'secret [redacted] leaked'],
		['sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 stays', 'sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 stays'],
		['arn:aws:iam::123456789012:user/tester stays', 'arn:aws:iam::123456789012:user/tester stays'],
		['tag web-Production-cluster-2024-eu-west-1a-blue stays', 'tag web-Production-cluster-2024-eu-west-1a-blue stays'],
		['{"sessionToken":"IQoJb3JpZ2luX2Vj"}', '{"sessionToken":"[redacted]"}'],
		['Bearer sk-live-123', 'Bearer [redacted]'],
		['ThrottlingException requestId=abc-123', 'ThrottlingException requestId=abc-123'],
	])('%s', (line, clean) => {
		expect(redactSecrets(line, {})).toBe(clean);
	});

	it('masks the values of secret variables wherever they appear, whatever their shape', () => {
		expect(redactSecrets('echo: short-tok3n!', {AWS_SESSION_TOKEN: 'short-tok3n'})).toBe('echo: [redacted]!');
	});
});

describe('fileLogger', () => {
	const dirs: string[] = [];
	afterEach(() => {
		for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
	});
	it('appends one redacted, timestamped line per call, creating the directory', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aws-cost-log-'));
		dirs.push(dir);
		const log = fileLogger(join(dir, 'state'));
		log('first\nsecond');
		log('key ASIAIOSFODNN7EXAMPLE');
		const lines = readFileSync(join(dir, 'state', 'aws-cost.log'), 'utf8').trimEnd().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\S+ first second$/);
		expect(lines[1]).toContain('[redacted]');
	});
	it('never throws when the log cannot be written', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aws-cost-log-'));
		dirs.push(dir);
		const notADirectory = join(dir, 'file');
		writeFileSync(notADirectory, '');
		expect(() => fileLogger(join(notADirectory, 'state'))('line')).not.toThrow();
	});
});
