import { issueToken } from '../kernel/auth/tokens.js';
import { UserRepository } from '../modules/users/repository.js';
import { configOrExit, fail, option, withDatabase } from './cli-support.js';

const args = process.argv.slice(2);
const userId = args.find((a) => !a.startsWith('-'));
if (!userId) {
  process.stderr.write('Usage: npm run token -- <userId> [--ttl 30d]   (e.g. user-kam, user-manager, user-strategist, user-admin)\n');
  process.exit(2);
}
const config = configOrExit();
try {
  const [user] = await withDatabase(config, (db) => new UserRepository(db).byIds([userId]));
  if (!user) fail(`No user with id "${userId}". Users are User nodes (the demo has user-admin, user-kam, user-manager, user-strategist).`);
  const token = await issueToken(config.authSecret, user.id, option(args, 'ttl') ?? '30d');
  process.stderr.write(`Token for ${user.name} (${user.role}); send it as "Authorization: Bearer <token>":\n`);
  process.stdout.write(`${token}\n`);
  process.stderr.write(`Web sign-in link: http://localhost:${config.PORT}/#token=${token}\n`);
} catch (error) {
  fail(error);
}
