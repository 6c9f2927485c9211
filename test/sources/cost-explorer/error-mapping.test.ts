import {describe, expect, it} from 'vitest';
import {CostError, type CostErrorKind} from '../../../source/errors.js';
import {type AwsOperation, describeFailure, redactSecrets, toCostError} from '../../../source/sources/cost-explorer/error-mapping.js';

const awsError = (name: string, message: string, httpStatusCode?: number, extra: Record<string, unknown> = {}) =>
	Object.assign(new Error(message), {
		name,
		$metadata: {...(httpStatusCode === undefined ? {} : {httpStatusCode}), requestId: 'req-1', attempts: 1},
		...extra,
	});

interface Case {
	readonly label: string;
	readonly error: unknown;
	readonly operation?: AwsOperation;
	readonly profile?: string;
	readonly kind: CostErrorKind;
	readonly message: string | RegExp;
}

const cases: Case[] = [
	{
		label: 'no credentials anywhere',
		error: awsError('CredentialsProviderError', 'Could not load credentials from any providers'),
		kind: 'no-credentials',
		message: 'No AWS credentials found: run `aws configure` or `aws sso login`, or pass --demo.',
	},
	{
		label: 'expired SSO session, named profile',
		error: awsError('CredentialsProviderError', 'The SSO session associated with this profile has expired or is otherwise invalid.'),
		profile: 'work',
		kind: 'sso-expired',
		message: 'SSO session expired: run `aws sso login --profile work`.',
	},
	{
		label: 'expired SSO token, default profile',
		error: awsError('TokenProviderError', 'Token is expired. To refresh this SSO session run aws sso login.'),
		kind: 'sso-expired',
		message: 'SSO session expired: run `aws sso login`.',
	},
	{
		label: 'SSO refuses the role credentials',
		error: awsError('UnauthorizedException', 'Session token not found or invalid', 401),
		profile: 'work',
		kind: 'sso-expired',
		message: 'SSO session expired: run `aws sso login --profile work`.',
	},
	{
		label: 'expired session token on a request',
		error: awsError('ExpiredTokenException', 'The security token included in the request is expired', 400),
		profile: 'work',
		kind: 'sso-expired',
		message: 'AWS session expired: run `aws sso login --profile work` or refresh your credentials.',
	},
	{
		label: 'unknown access key',
		error: awsError('UnrecognizedClientException', 'The security token included in the request is invalid.', 400),
		kind: 'no-credentials',
		message: /AWS rejected the credentials/,
	},
	{
		label: 'access denied on GetCostAndUsage',
		error: awsError('AccessDeniedException', 'User: arn:aws:iam::1:user/x is not authorized to perform: ce:GetCostAndUsage', 400),
		kind: 'access-denied',
		message: 'Access denied: these credentials lack ce:GetCostAndUsage; ask an administrator to allow it.',
	},
	{
		label: 'access denied on GetCostForecast',
		error: awsError('AccessDeniedException', 'not authorized', 400),
		operation: 'GetCostForecast',
		kind: 'access-denied',
		message: /ce:GetCostForecast/,
	},
	{
		label: 'access denied on GetAnomalies',
		error: awsError('AccessDeniedException', 'not authorized', 400),
		operation: 'GetAnomalies',
		kind: 'access-denied',
		message: /ce:GetAnomalies/,
	},
	{
		label: 'Cost Explorer never enabled',
		error: awsError('AccessDeniedException', 'User not enabled for cost explorer access', 400),
		kind: 'access-denied',
		message: /not enabled for this account: enable it in the Billing console/,
	},
	{
		label: 'throttled to the end',
		error: awsError('LimitExceededException', 'Rate exceeded', 400),
		kind: 'throttled',
		message: 'Cost Explorer is throttling requests: wait a minute and retry.',
	},
	{
		label: 'HTTP 429',
		error: awsError('SlowDown', 'slow', 429),
		kind: 'throttled',
		message: 'Cost Explorer is throttling requests: wait a minute and retry.',
	},
	{
		label: 'forecast without history',
		error: awsError('DataUnavailableException', 'Insufficient data', 400),
		operation: 'GetCostForecast',
		kind: 'data-unavailable',
		message: /not enough history for a forecast yet/i,
	},
	{
		label: 'data not there yet',
		error: awsError('DataUnavailableException', 'Data is not available', 400),
		kind: 'data-unavailable',
		message: /no data for this yet/,
	},
	{
		label: 'bill too old',
		error: awsError('BillExpirationException', 'expired', 400),
		kind: 'data-unavailable',
		message: /older than Cost Explorer keeps/,
	},
	{
		label: 'validation, trimmed to one line',
		error: awsError('ValidationException', 'end date past the start\n  at somewhere', 400),
		kind: 'bad-input',
		message: 'Cost Explorer rejected the request: end date past the start',
	},
	{
		label: 'stale page token',
		error: awsError('InvalidNextTokenException', 'bad token', 400),
		kind: 'aws-failure',
		message: /lost its place between pages: run the query again/,
	},
	{
		label: 'malformed body',
		error: awsError('SyntaxError', 'Unexpected end of JSON input\n  Deserialization error', 200),
		kind: 'aws-failure',
		message: /could not read: retry/,
	},
	{
		label: '5xx after retries',
		error: awsError('InternalServerException', 'oops', 503),
		kind: 'aws-failure',
		message: 'Cost Explorer is failing (HTTP 503): retry in a few minutes.',
	},
	{
		label: 'connection reset after retries',
		error: awsError('TimeoutError', 'socket hang up', undefined, {code: 'ECONNRESET'}),
		kind: 'aws-failure',
		message: /Lost the connection to Cost Explorer/,
	},
	{
		label: 'no route to AWS',
		error: awsError('Error', 'getaddrinfo ENOTFOUND ce.us-east-1.amazonaws.com', undefined, {code: 'ENOTFOUND'}),
		kind: 'aws-failure',
		message: 'Could not reach Cost Explorer (ENOTFOUND): check your network, proxy or AWS_ENDPOINT_URL.',
	},
	{
		label: 'STS throttling names STS',
		error: awsError('Throttling', 'Rate exceeded', 400),
		operation: 'GetCallerIdentity',
		kind: 'throttled',
		message: 'AWS STS is throttling requests: wait a minute and retry.',
	},
	{
		label: 'anything else',
		error: awsError('WeirdException', 'weird', 400),
		kind: 'aws-failure',
		message: 'Cost Explorer request failed (WeirdException): retry, or see the log for details.',
	},
	{label: 'not even an Error', error: 'boom', kind: 'aws-failure', message: /request failed/},
];

describe('toCostError', () => {
	it.each(cases)('$label → $kind', ({error, operation, profile, kind, message}) => {
		const mapped = toCostError(error, {operation: operation ?? 'GetCostAndUsage', ...(profile === undefined ? {} : {profile})});
		expect(mapped).toBeInstanceOf(CostError);
		expect(mapped.kind).toBe(kind);
		if (typeof message === 'string') expect(mapped.message).toBe(message);
		else expect(mapped.message).toMatch(message);
		expect(mapped.message).not.toContain('\n');
	});

	it('keeps a CostError as it is', () => {
		const original = new CostError('bad-input', 'Fix the date.');
		expect(toCostError(original, {operation: 'GetCostAndUsage'})).toBe(original);
	});
});

describe('describeFailure', () => {
	it('names the error, status, request id and attempts on one line', () => {
		const line = describeFailure(awsError('ThrottlingException', 'Rate exceeded\nmore', 400), 'GetCostAndUsage');
		expect(line).toBe('GetCostAndUsage failed: ThrottlingException (http 400, request id req-1, attempts 1): Rate exceeded');
	});

	it('masks credentials an error might echo', () => {
		const text = redactSecrets(
			'key AKIAABCDEFGHIJKLMNOP and ASIAABCDEFGHIJKLMNOP Authorization: AWS4-HMAC-SHA256 Credential=AKIA/x, Signature=abc123',
		);
		expect(text).not.toMatch(/AKIAABCDEFGHIJKLMNOP|ASIAABCDEFGHIJKLMNOP|abc123|AWS4-HMAC/);
		expect(redactSecrets('X-Amz-Security-Token=FQoGZXIvYXdzE&x=1')).toBe('X-Amz-Security-Token=[redacted]&x=1');
	});
});
