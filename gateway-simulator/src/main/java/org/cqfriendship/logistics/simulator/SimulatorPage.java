package org.cqfriendship.logistics.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The simulator's page: each channel's mode with a form to change it, and what arrived, newest first. */
final class SimulatorPage {

    private SimulatorPage() {
    }

    static String render(List<GatewaySimulator.Sms> sms, List<GatewaySimulator.Webhook> webhooks,
                         Map<GatewaySimulator.Channel, GatewaySimulator.Behaviour> behaviour, int refusedSignatures) {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>SMS gateway and webhook simulator</title>
                <style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:60rem}article{border:1px solid #ccc;
                border-radius:6px;padding:.5rem 1rem;margin:.75rem 0}pre{white-space:pre-wrap}small{color:#555}
                form{display:flex;gap:.5rem;align-items:end;flex-wrap:wrap}.FAIL{color:#a00}.SLOW{color:#a60}</style>
                </head><body><h1>SMS gateway and webhook simulator</h1>
                <p>What the notification-service sent, newest first (JSON: <a href="/sms.json">/sms.json</a>,
                <a href="/webhooks.json">/webhooks.json</a>). Nothing here leaves this machine. Reload to see new messages.</p>
                """);
        for (GatewaySimulator.Channel channel : GatewaySimulator.Channel.values()) {
            GatewaySimulator.Behaviour now = behaviour.get(channel);
            html.append("<h2>").append(channel).append(": <span class=\"").append(now.mode()).append("\">").append(now.mode())
                    .append(now.mode() == GatewaySimulator.Mode.SLOW ? " (" + now.slowBy().toSeconds() + " s)" : "")
                    .append("</span></h2><form method=\"post\" action=\"/mode\"><input type=\"hidden\" name=\"channel\" value=\"")
                    .append(channel).append("\"><label>Behave <select name=\"mode\"><option value=\"NORMAL\">normally</option>")
                    .append("<option value=\"FAIL\">fail every request (503)</option><option value=\"SLOW\">slowly</option></select></label>")
                    .append("<label>delay (s, when slow) <input name=\"delaySeconds\" type=\"number\" min=\"0\" max=\"120\" value=\"15\"></label>")
                    .append("<button>Apply</button></form>");
        }
        html.append("<h2>Text messages (").append(sms.size()).append(")</h2>");
        for (GatewaySimulator.Sms message : newestFirst(sms)) {
            html.append("<article><small>To ").append(escape(message.to())).append(" · ").append(message.receivedAt())
                    .append(" · key ").append(escape(message.idempotencyKey())).append("</small><pre>")
                    .append(escape(message.text())).append("</pre></article>");
        }
        html.append("<h2>Webhook posts (").append(webhooks.size()).append("; refused for a bad signature: ")
                .append(refusedSignatures).append(")</h2>");
        for (GatewaySimulator.Webhook post : newestFirst(webhooks)) {
            html.append("<article><small>Bot ").append(escape(post.bot())).append(" · ").append(post.receivedAt())
                    .append(" · signature valid · key ").append(escape(post.idempotencyKey())).append("</small><pre>")
                    .append(escape(post.body().toPrettyString())).append("</pre></article>");
        }
        return html.append("</body></html>").toString();
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new ArrayList<>(oldestFirst);
        Collections.reverse(copy);
        return copy;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
