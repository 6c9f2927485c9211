import type {FastifyInstance, FastifyPluginAsync} from 'fastify';

/**
 * A plugin whose hooks apply to the whole server, routes added later
 * included (what fastify-plugin does): Fastify skips its encapsulation.
 */
export function globalPlugin<Options extends Record<string, unknown>>(plugin: (app: FastifyInstance, options: Options) => Promise<void>): FastifyPluginAsync<Options> {
	return Object.assign(plugin, {[Symbol.for('skip-override')]: true});
}
