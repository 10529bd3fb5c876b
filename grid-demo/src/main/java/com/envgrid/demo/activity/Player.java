package com.envgrid.demo.activity;

import com.envgrid.core.access.Actor;

/** A person of the demo's staff, and the actor of the commands they issue: their id, login name and post's scope. */
record Player(Actor actor) {

    long id() {
        return actor.person();
    }
}
