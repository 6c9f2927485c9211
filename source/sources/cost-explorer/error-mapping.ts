import {CostError} from '../../errors.js';
import {redactSecrets as redactLine} from '../../log.js';
import {RequestTimeoutError, describeTimeout} from '../../timeouts.js';
import type {AwsService} from './clients.js';
import {httpStatusOf, isThrottling, isTransientNetworkError} from './retry-policy.js';

/** The AWS operations this source calls, and the permission each needs. */
export const OPERATION_PERMISSIONS = {
	GetCostAndUsage: 'ce:GetCostAndUsage',
	GetDimensionValues: 'ce:GetDimensionValues',
	GetCostForecast: 'ce:GetCostForecast',
	GetAnomalies: 'ce:GetAnomalies',
	GetTags: 'ce:GetTags',
	GetCostCategories: 'ce:GetCostCategories',
	GetRightsizingRecommendation: 'ce:GetRightsizingRecommendation',
	GetSavingsPlansPurchaseRecommendation: 'ce:GetSavingsPlansPurchaseRecommendation',
	GetReservationPurchaseRecommendation: 'ce:GetReservationPurchaseRecommendation',
	GetReservationCoverage: 'ce:GetReservationCoverage',
	GetReservationUtilization: 'ce:GetReservationUtilization',
	GetCallerIdentity: 'sts:GetCallerIdentity',
	ListAccounts: 'organizations:ListAccounts',
} as const;

export type AwsOperation = keyof typeof OPERATION_PERMISSIONS;

export interface ErrorContext {
	readonly operation: AwsOperation;
	/** The profile in use (explicit or AWS_PROFILE), for the `aws sso login` hint. */
	readonly profile?: string;
	/** How many tries were made, for the timed-out message. */
	readonly attempts?: number;
}

interface AwsErrorShape {
	readonly name?: unknown;
	readonly message?: unknown;
	readonly code?: unknown;
	readonly $metadata?: {readonly requestId?: unknown; readonly attempts?: unknown};
}

const shapeOf = (error: unknown): AwsErrorShape => (typeof error === 'object' && error !== null ? (error as AwsErrorShape) : {});
const nameOf = (error: unknown): string => {
	const {name} = shapeOf(error);
	return typeof name === 'string' ? name : typeof error;
};
const messageOf = (error: unknown): string => {
	const {message} = shapeOf(error);
	return typeof message === 'string' ? message : String(error);
};

export const firstLine = (text: string): string => (text.split('\n')[0] ?? '').trim();

/** Masks anything credential-like that an error message might echo back (one redactor for every output). */
export const redactSecrets = (text: string): string => redactLine(text);

/**
 * One line for the log file: error name, HTTP status, request id, attempts
 * and AWS's message, with credentials masked. Never shown on screen.
 */
export function describeFailure(error: unknown, operation: AwsOperation): string {
	const {$metadata, code} = shapeOf(error);
	const facts = [
		httpStatusOf(error) === undefined ? undefined : `http ${httpStatusOf(error)}`,
		typeof $metadata?.requestId === 'string' ? `request id ${$metadata.requestId}` : undefined,
		typeof $metadata?.attempts === 'number' ? `attempts ${$metadata.attempts}` : undefined,
		typeof code === 'string' ? `code ${code}` : undefined,
	].filter((fact): fact is string => fact !== undefined);
	const detail = facts.length === 0 ? '' : ` (${facts.join(', ')})`;
	return redactSecrets(`${operation} failed: ${nameOf(error)}${detail}: ${firstLine(messageOf(error))}`);
}

/** Which client sends an operation. */
export function clientOf(operation: AwsOperation): AwsService {
	if (operation === 'GetCallerIdentity') return 'sts';
	if (operation === 'ListAccounts') return 'organizations';
	return 'costExplorer';
}

/** The service an operation belongs to, for messages. */
export function serviceOf(operation: AwsOperation): string {
	if (operation === 'GetCallerIdentity') return 'AWS STS';
	if (operation === 'ListAccounts') return 'AWS Organizations';
	return 'Cost Explorer';
}

const SSO_EXPIRED_HINTS = ['SSO session', 'Token is expired', 'ExpiredToken', 'sso login'];
const BAD_CREDENTIAL_NAMES = new Set([
	'UnrecognizedClientException',
	'InvalidClientTokenId',
	'InvalidSignatureException',
	'SignatureDoesNotMatch',
	'IncompleteSignature',
]);

function isSsoExpired(name: string, message: string): boolean {
	if (name === 'ExpiredTokenException' || name === 'ExpiredToken' || name === 'UnauthorizedException') return true;
	return SSO_EXPIRED_HINTS.some(hint => message.includes(hint));
}

function loginHint(profile: string | undefined): string {
	return profile === undefined || profile === '' ? '`aws sso login`' : `\`aws sso login --profile ${profile}\``;
}

/**
 * Turns whatever the SDK threw into a CostError whose one line says what to
 * do. The detail (for the log) carries the error name, status and request id.
 * Abort errors are not mapped: callers rethrow them as they are.
 */
export function toCostError(error: unknown, context: ErrorContext): CostError {
	if (error instanceof CostError) return error;
	const {operation} = context;
	const name = nameOf(error);
	const message = messageOf(error);
	const status = httpStatusOf(error);
	const detail = describeFailure(error, operation);
	const service = serviceOf(operation);
	const fail = (kind: CostError['kind'], text: string): CostError => new CostError(kind, text, detail);
	const down = (kind: CostError['kind'], text: string): CostError => new CostError(kind, text, detail, {sourceDown: true});

	if (error instanceof RequestTimeoutError) {
		const tries = context.attempts === undefined || context.attempts < 2 ? '' : ` (${context.attempts} tries)`;
		return new CostError(
			'timed-out',
			`${service} at ${error.endpoint} timed out: no answer within ${describeTimeout(error.timeoutMs)}${tries}; check your network or proxy, or raise --timeout.`,
			detail,
			{sourceDown: true},
		);
	}
	if (isSsoExpired(name, message)) {
		return name === 'ExpiredTokenException' || name === 'ExpiredToken'
			? fail('sso-expired', `AWS session expired: run ${loginHint(context.profile)} or refresh your credentials.`)
			: fail('sso-expired', `SSO session expired: run ${loginHint(context.profile)}.`);
	}
	if (name === 'CredentialsProviderError' || message.includes('Could not load credentials')) {
		return fail('no-credentials', 'No AWS credentials found: run `aws configure` or `aws sso login`, or pass --demo.');
	}
	if (BAD_CREDENTIAL_NAMES.has(name)) {
		return fail('no-credentials', 'AWS rejected the credentials: check them with `aws sts get-caller-identity`, run `aws configure`, or pass --demo.');
	}
	if (name === 'AccessDeniedException' || name === 'AccessDenied') {
		if (/not enabled for cost explorer/i.test(message)) {
			return fail('access-denied', 'Cost Explorer is not enabled for this account: enable it in the Billing console, then allow up to 24 hours.');
		}
		const permission = OPERATION_PERMISSIONS[operation];
		return fail('access-denied', `Access denied: these credentials lack ${permission}; ask an administrator to allow it.`);
	}
	if (isThrottling(error)) {
		return down('throttled', `${service} is throttling requests: wait a minute and retry.`);
	}
	if (name === 'DataUnavailableException') {
		return operation === 'GetCostForecast'
			? fail('data-unavailable', 'Not enough history for a forecast yet: Cost Explorer needs more cost data first; try again later.')
			: fail('data-unavailable', 'Cost Explorer has no data for this yet: try again later or pick an earlier period.');
	}
	if (name === 'BillExpirationException') {
		return fail('data-unavailable', 'That bill is older than Cost Explorer keeps: pick a period within the last 13 months.');
	}
	if (name === 'ValidationException' || name === 'InvalidParameterException') {
		return fail('bad-input', `${service} rejected the request: ${redactSecrets(firstLine(message)) || name}`);
	}
	if (name === 'InvalidNextTokenException' || name === 'RequestChangedException') {
		return fail('aws-failure', `${service} lost its place between pages: run the query again.`);
	}
	if (name === 'SyntaxError' || name === 'MalformedResponse') {
		return fail('aws-failure', `${service} sent an answer aws-cost could not read: retry, and report it if it keeps happening.`);
	}
	if (status !== undefined && status >= 500) {
		return down('aws-failure', `${service} is failing (HTTP ${status}): retry in a few minutes.`);
	}
	if (isTransientNetworkError(error)) {
		return down('aws-failure', `Lost the connection to ${service}: check your network and retry.`);
	}
	const {code} = shapeOf(error);
	if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) {
		return down('aws-failure', `Could not reach ${service} (${code}): check your network, proxy or AWS_ENDPOINT_URL.`);
	}
	return fail('aws-failure', `${service} request failed (${name}): retry, or see the log for details.`);
}
