import { issueToken } from '../kernel/auth/tokens.js';
import { formatMessage } from '../kernel/i18n/catalogue.js';
import { UserRepository } from '../modules/users/repository.js';
import { cliLocale, configOrExit, fail, option, positionals, withDatabase } from './cli-support.js';

const args = process.argv.slice(2);
const locale = cliLocale(args);
const userId = positionals(args, ['ttl', 'locale'])[0];
if (!userId) {
  process.stderr.write(`${formatMessage('cli.tokenUsage', {}, locale)}\n`);
  process.exit(2);
}
const config = configOrExit();
try {
  const [user] = await withDatabase(config, (db) => new UserRepository(db).byIds([userId]), locale);
  if (!user) fail(formatMessage('cli.noUser', { userId }, locale));
  const token = await issueToken(config.authSecret, user.id, option(args, 'ttl') ?? '30d');
  process.stderr.write(`${formatMessage('cli.tokenFor', { name: user.name, role: user.role }, locale)}\n`);
  process.stdout.write(`${token}\n`);
  process.stderr.write(`${formatMessage('cli.signInLink', { link: `http://localhost:${config.PORT}/#token=${token}` }, locale)}\n`);
} catch (error) {
  fail(error, locale);
}
