import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {hasAwsCredentials, listProfiles} from '../../../source/sources/cost-explorer/credentials.js';

let home: string;
beforeEach(() => {
	home = mkdtempSync(join(tmpdir(), 'aws-cost-profiles-'));
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

const bareEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({HOME: home, ...extra});

function writeAwsFile(name: 'config' | 'credentials', text: string): string {
	mkdirSync(join(home, '.aws'), {recursive: true});
	const path = join(home, '.aws', name);
	writeFileSync(path, text);
	return path;
}

describe('listProfiles', () => {
	it('finds nothing without files', async () => {
		await expect(listProfiles(bareEnv())).resolves.toEqual([]);
	});

	it('merges ~/.aws/config and ~/.aws/credentials, default first, without sso-session sections', async () => {
		writeAwsFile(
			'config',
			'[default]\nregion = us-east-1\n[profile prod]\nsso_session = corp\n[sso-session corp]\nsso_start_url = https://x.awsapps.com/start\n[services local]\ncost_explorer =\n  endpoint_url = http://127.0.0.1:1\n[profile audit]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = default\n',
		);
		writeAwsFile('credentials', '[default]\naws_access_key_id = AKIA\n[ci]\naws_access_key_id = AKIB\n');
		await expect(listProfiles(bareEnv())).resolves.toEqual(['default', 'audit', 'ci', 'prod']);
	});

	it('reads the files AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE name instead', async () => {
		writeAwsFile('config', '[profile ignored]\nregion = us-east-1\n');
		const config = join(home, 'elsewhere-config');
		const credentials = join(home, 'elsewhere-credentials');
		writeFileSync(config, '[profile team]\nregion = eu-west-1\n');
		writeFileSync(credentials, '[robot]\naws_access_key_id = AKIA\n');
		await expect(listProfiles(bareEnv({AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials}))).resolves.toEqual(['robot', 'team']);
	});

	it('sees a file change at once (no stale cache)', async () => {
		const config = writeAwsFile('config', '[profile one]\nregion = us-east-1\n');
		await expect(listProfiles(bareEnv())).resolves.toEqual(['one']);
		writeFileSync(config, '[profile one]\nregion = us-east-1\n[profile two]\nregion = us-east-1\n');
		await expect(listProfiles(bareEnv())).resolves.toEqual(['one', 'two']);
	});
});

describe('hasAwsCredentials', () => {
	it('is false with no env credentials and no files', async () => {
		await expect(hasAwsCredentials(bareEnv())).resolves.toBe(false);
		await expect(hasAwsCredentials(bareEnv({AWS_ACCESS_KEY_ID: ''}))).resolves.toBe(false);
	});

	it.each([
		['AWS_ACCESS_KEY_ID', 'AKIAEXAMPLE'],
		['AWS_PROFILE', 'prod'],
		['AWS_WEB_IDENTITY_TOKEN_FILE', '/var/run/token'],
		['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', '/v2/credentials/x'],
		['AWS_CONTAINER_CREDENTIALS_FULL_URI', 'http://127.0.0.1:9999/creds'],
	])('is true with %s set', async (name, value) => {
		await expect(hasAwsCredentials(bareEnv({[name]: value}))).resolves.toBe(true);
	});

	it('is true with any profile on disk', async () => {
		writeAwsFile('credentials', '[default]\naws_access_key_id = AKIA\n');
		await expect(hasAwsCredentials(bareEnv())).resolves.toBe(true);
	});
});

describe('loading cost', () => {
	it('loads the AWS SDK only lazily, so start-up and the credential check stay light', () => {
		const folder = join(import.meta.dirname, '../../../source/sources/cost-explorer');
		const staticSdkImport = /^import\s+(?!type\b)[^;]*from\s+'@aws-sdk\//m;
		const offenders = readdirSync(folder).filter(file => staticSdkImport.test(readFileSync(join(folder, file), 'utf8')));
		expect(offenders).toEqual([]);
		expect(readFileSync(join(folder, 'credentials.ts'), 'utf8')).not.toContain('@aws-sdk/');
	});
});
