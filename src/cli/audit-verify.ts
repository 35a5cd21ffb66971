// npm run audit:verify — recomputes every tenant's audit chains and seals; exit 1 names the
// first broken link. Runs as the owner, so it reads every tenant (on PGlite: stop the server).
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db';
import { tenants } from '../features/accounts';
import { verifyAuditChains } from '../features/audit';

const database = await openDatabase(loadConfig(), { asOwner: true });
let broken = false;
try {
  for (const tenant of await database.db.select().from(tenants)) {
    const started = Date.now();
    const result = await verifyAuditChains(database.db, tenant.id);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary = `${result.eventsChecked} events in ${result.streamsChecked} chains, ${result.sealsChecked} seals, ${seconds} s`;
    if (result.firstBroken) {
      broken = true;
      const { stream, seq, reason } = result.firstBroken;
      console.error(
        `✗ ${tenant.name} (${tenant.id}): first broken link ${stream} #${seq}: ${reason} [${summary}]`,
      );
    } else {
      console.log(`✓ ${tenant.name}: ${summary}`);
    }
  }
} catch (error) {
  broken = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await database.close();
}
process.exit(broken ? 1 : 0);
