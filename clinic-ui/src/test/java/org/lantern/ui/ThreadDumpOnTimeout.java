package org.lantern.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a request of a test times out (the application did not answer within the client's 30 s), prints every
 * thread of the JVM, with the locks they hold and wait for, so that a rare stall can be read rather than guessed
 * (DEVELOPERS.md, "A request that never answers"). The failure itself stands.
 */
public class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (timedOut(failure)) {
            StringBuilder dump = new StringBuilder("THREAD DUMP after a time-out in ")
                    .append(context.getDisplayName()).append('\n');
            ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
            Arrays.stream(threads).forEach(t -> dump.append(full(t)));
            System.out.println(dump);
        }
        throw failure;
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || String.valueOf(t.getMessage()).contains("Timeout on blocking read")) {
                return true;
            }
        }
        return false;
    }

    /** ThreadInfo.toString() stops after eight frames; a stall needs the whole stack. */
    private static String full(ThreadInfo thread) {
        StringBuilder out = new StringBuilder("\"" + thread.getThreadName() + "\" " + thread.getThreadState());
        if (thread.getLockName() != null) {
            out.append(" on ").append(thread.getLockName());
        }
        if (thread.getLockOwnerName() != null) {
            out.append(" owned by \"").append(thread.getLockOwnerName()).append('"');
        }
        out.append('\n');
        for (StackTraceElement frame : thread.getStackTrace()) {
            out.append("\tat ").append(frame).append('\n');
        }
        return out.append('\n').toString();
    }
}
