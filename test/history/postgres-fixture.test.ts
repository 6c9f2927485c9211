import {afterAll, beforeAll, expect, test} from 'vitest';
import pg from 'pg';
import {type PostgresServer, startPostgres} from '../fixtures/postgres-server.js';

let server: PostgresServer;
beforeAll(async () => {
	server = await startPostgres();
}, 90_000);
afterAll(async () => server?.stop(), 60_000);

test('the fixture starts a real PostgreSQL that answers, comes back after a crash, and makes databases', async () => {
	const url = await server.createDatabase('fixture_check');
	const ask = async () => {
		const client = new pg.Client({connectionString: url});
		await client.connect();
		try {
			return (await client.query('SELECT 1 + 1 AS two')).rows[0];
		} finally {
			await client.end();
		}
	};
	expect(await ask()).toEqual({two: 2});
	await server.kill();
	await expect(ask()).rejects.toThrow();
	await server.start();
	expect(await ask()).toEqual({two: 2});
}, 90_000);
