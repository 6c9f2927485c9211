import type {JSONRPCMessage} from '@modelcontextprotocol/sdk/types.js';

/**
 * The JSON-RPC error answer for a message that could not be read: -32700
 * for text that is not JSON, -32600 for JSON that is not a JSON-RPC message.
 * Its id is null: the request it would answer is unknown.
 */
export function unreadableMessageError(error: unknown): JSONRPCMessage {
	const parse = error instanceof SyntaxError;
	const message = parse
		? 'Parse error: the message is not JSON. Send one JSON-RPC 2.0 message per line.'
		: 'Invalid Request: the message is JSON but not a JSON-RPC 2.0 request, response or notification.';
	return {jsonrpc: '2.0', id: null, error: {code: parse ? -32700 : -32600, message}} as unknown as JSONRPCMessage;
}
