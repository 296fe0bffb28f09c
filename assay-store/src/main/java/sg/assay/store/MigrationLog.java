package sg.assay.store;

import java.lang.System.Logger.Level;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Sends Flyway's messages to {@link System.Logger}, its routine reports at DEBUG so that opening a store is quiet,
 * and keeps Flyway from probing for other logging libraries. Flyway makes it by class name, hence public.
 */
public final class MigrationLog implements LogCreator {

    @Override
    public Log createLogger(Class<?> type) {
        System.Logger logger = System.getLogger(type.getName());
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return logger.isLoggable(Level.DEBUG);
            }

            @Override
            public void debug(String message) {
                logger.log(Level.DEBUG, message);
            }

            @Override
            public void info(String message) {
                logger.log(Level.DEBUG, message);
            }

            @Override
            public void warn(String message) {
                logger.log(Level.WARNING, message);
            }

            @Override
            public void error(String message) {
                logger.log(Level.ERROR, message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.log(Level.ERROR, message, e);
            }

            @Override
            public void notice(String message) {
                logger.log(Level.INFO, message);
            }
        };
    }
}
