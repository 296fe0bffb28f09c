package sg.assay.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import sg.assay.dataset.imports.Importers;

/** Gives picocli its commands, passing the wiring to those that take it. */
final class CommandFactory implements CommandLine.IFactory {
    private final Wiring wiring;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls == DatasetsCommand.class) {
            return cls.cast(new DatasetsCommand(wiring.library(), Importers.builtIn(), wiring.clock()));
        }
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Wiring.class) {
                c.setAccessible(true);
                return cls.cast(c.newInstance(wiring));
            }
        }
        return fallback.create(cls);
    }
}
