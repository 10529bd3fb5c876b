package com.envgrid.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;

/**
 * The network between the browser and the server, cut and given back by a test ({@code test.network=cuttable}):
 * while cut, a connection is closed as soon as anything arrives on it, so every request from the page and
 * from its service worker fails as in a dead zone — which the browser's own offline emulation does not do for a
 * service worker, that being a target of its own.
 */
@Singleton
@Requires(property = "test.network", value = "cuttable")
public final class CuttableNetwork implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private volatile boolean cut;

    /** From now on no request is answered: the connection it came on is closed instead. */
    public void cut() {
        cut = true;
    }

    public void restore() {
        cut = false;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Cutter());
        return event.getBean();
    }

    private final class Cutter implements NettyServerCustomizer {
        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            if (role == ChannelRole.CONNECTION) {
                channel.pipeline().addFirst("cuttable-network", new Closer());
            }
            return this;
        }
    }

    @ChannelHandler.Sharable
    private final class Closer extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext context, Object message) throws Exception {
            if (cut) {
                ReferenceCountUtil.release(message);
                context.close();
                return;
            }
            super.channelRead(context, message);
        }
    }
}
