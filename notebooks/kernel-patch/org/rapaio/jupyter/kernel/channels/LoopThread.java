package org.rapaio.jupyter.kernel.channels;

/*
 * Drop-in replacement for rapaio-jupyter-kernel 3.0.1's LoopThread, put ahead of the kernel jar on the
 * class path by notebooks/setup.sh (compiled into notebooks/.lib/kernel-patch/). Same public API.
 *
 * It fixes the two start-up races that make about 1 kernel start in 5 fail:
 *  1. The original start() calls super.start() before setting running = true, so the new thread can see
 *     running == false and exit at once: that channel never answers ("Kernel didn't respond").
 *     Here running is set before the thread starts.
 *  2. Channels.connect() binds the sockets (starting these loops) before it fills its handler map, so a
 *     kernel_info_request that arrives early throws NullPointerException ("this.handlers is null") out of
 *     the loop body, which killed the thread. Here an exception from one iteration is reported and the
 *     loop goes on; the client re-sends kernel_info_request every second until it gets a reply.
 */
public final class LoopThread extends Thread {

    /** Give up on a loop whose body keeps failing (e.g. a closed socket) after this many failures in a row. */
    private static final int MAX_CONSECUTIVE_FAILURES = 200;

    private volatile boolean running = false;
    private final long sleep;
    private final Runnable loopBody;

    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        int failures = 0;
        while (running) {
            try {
                loopBody.run();
                failures = 0;
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                failures++;
                System.err.println("[LoopThread " + getName() + "] iteration failed (" + failures + "): " + e);
                if (failures >= MAX_CONSECUTIVE_FAILURES) {
                    System.err.println("[LoopThread " + getName() + "] too many failures, stopping");
                    running = false;
                    break;
                }
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    public void shutdown() {
        running = false;
    }
}
