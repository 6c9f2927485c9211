import {CostError} from '../../errors.js';
import {redactSecrets} from '../../log.js';

const firstLine = (text: string): string => redactSecrets((text.split('\n')[0] ?? '').trim()).slice(0, 240);

/** An Athena SDK failure as one line that says what to do. */
export function athenaError(error: unknown, what: string): CostError {
	if (error instanceof CostError) return error;
	const name = error instanceof Error ? error.name : '';
	const message = firstLine(error instanceof Error ? error.message : String(error));
	if (/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(name) || /not authorized/i.test(message)) {
		return new CostError(
			'access-denied',
			`Athena refused ${what}: the credentials need athena:StartQueryExecution, athena:GetQueryExecution, athena:GetQueryResults, glue:GetTable and read access to the export's and the results' S3 locations.`,
			message,
		);
	}
	if (/CredentialsProviderError|Could not load credentials/i.test(`${name} ${message}`)) {
		return new CostError('no-credentials', 'No AWS credentials found for Athena: configure a profile (`aws configure` or `aws sso login`).', message);
	}
	if (name === 'InvalidRequestException') return new CostError('bad-input', `Athena refused ${what}: ${message}`, message);
	if (name === 'TooManyRequestsException' || name === 'ThrottlingException') {
		return new CostError('throttled', `Athena is throttling ${what}: try again in a minute.`, message, {sourceDown: true});
	}
	if (/Timeout|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN/i.test(`${name} ${message}`)) {
		return new CostError('unavailable', `Athena could not be reached for ${what}: ${message}`, message, {sourceDown: true});
	}
	return new CostError('aws-failure', `Athena failed ${what}: ${message || name || 'unknown error'}`, message);
}
