/** An error the problem handler answers with `status` and this message as the detail (404, 409 …). */
export function httpError(status: number, message: string): Error & {readonly statusCode: number} {
	return Object.assign(new Error(message), {statusCode: status});
}
