package org.cqfriendship.logistics.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the ports another program already holds, before anything is started. */
final class PortCheck {

    private PortCheck() {
    }

    /** One message per taken port, naming the port and who needed it; empty when all are free. */
    static List<String> takenPorts(Map<Integer, String> ports) {
        List<String> taken = new ArrayList<>();
        ports.forEach((port, user) -> {
            if (!free(port)) {
                taken.add("Port " + port + " is already taken, but " + user + " needs it. "
                        + "Stop the program that holds it (to see which: ss -ltnp 'sport = :" + port + "') and start again.");
            }
        });
        return taken;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
