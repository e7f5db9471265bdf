package dev.policydesigner.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The layers of the canvas world that hold the arrows and cards: the arrows that stay put, the
 * arrows of cards being moved (or moved last, until the arrows that stay put are painted anew), and
 * the cards. Cards and arrows out of view are left out of the scene graph (see {@link
 * CulledLayer}); cards being moved always stay in.
 */
final class CanvasLayers {
  private final CulledLayer stillFlows;
  private final CulledLayer movingFlows;
  private final CulledLayer cards;
  private final Set<String> moving = new HashSet<>();
  private final Set<Node> awaitingLayout = new HashSet<>();
  private final Runnable flush = this::flush;
  private final Runnable placeLaidOut = this::placeLaidOut;
  private final Consumer<Node> placeAgain;
  private java.util.function.Predicate<Node> hidden = v -> false;
  private int nextRank;

  /** The layers over these groups; {@code placeAgain} places a view again after its layout. */
  CanvasLayers(
      Group stillFlowGroup, Group movingFlowGroup, Group cardGroup, Consumer<Node> placeAgain) {
    this.placeAgain = placeAgain;
    Runnable pulse = Platform::requestNextPulse;
    stillFlows = new CulledLayer(stillFlowGroup, pulse);
    movingFlows = new CulledLayer(movingFlowGroup, pulse);
    cards = new CulledLayer(cardGroup, pulse);
  }

  /**
   * Carries out the culling before each pulse of the scene that shows {@code canvas}, and places
   * the views laid out in a pulse again after it.
   */
  void flushBeforePulses(Node canvas) {
    canvas
        .sceneProperty()
        .addListener(
            (o, old, now) -> {
              if (old != null) {
                old.removePreLayoutPulseListener(flush);
                old.removePostLayoutPulseListener(placeLaidOut);
              }
              if (now != null) {
                now.addPreLayoutPulseListener(flush);
                now.addPostLayoutPulseListener(placeLaidOut);
              }
            });
  }

  /** Which views are hidden (left out of the scene graph wherever they are). */
  void setHidden(java.util.function.Predicate<Node> hiddenViews) {
    hidden = hiddenViews;
  }

  void addCard(NodeCardView card) {
    cards.add(card, nextRank++, true);
  }

  void removeCard(NodeCardView card) {
    awaitingLayout.remove(card);
    cards.remove(card);
  }

  void addArrow(FlowArrowView arrow) {
    stillFlows.add(arrow, nextRank++, true);
  }

  void removeArrow(FlowArrowView arrow) {
    awaitingLayout.remove(arrow);
    stillFlows.remove(arrow);
    movingFlows.remove(arrow);
  }

  /**
   * Puts a card or arrow into the scene graph or takes it out by whether it reaches into view (an
   * arrow that stays put: into the larger area kept for those). A view that waits to be laid out
   * (new, or its content changed) stays in until it has been, so its size and extent are known
   * while it is out.
   */
  void place(Node view, boolean inView, boolean inArrowArea) {
    boolean still = view instanceof FlowArrowView a && !movingFlows.contains(a);
    boolean in = (still ? inArrowArea : inView) && !hidden.test(view);
    boolean awaits = !in && ((Parent) view).isNeedsLayout();
    if (awaits) {
      awaitingLayout.add(view);
    }
    if (view instanceof NodeCardView c) {
      cards.want(c, in || awaits || moving.contains(c.nodeId()));
    } else if (view instanceof FlowArrowView a) {
      (still ? stillFlows : movingFlows).want(a, in || awaits);
    }
  }

  private void placeLaidOut() {
    if (awaitingLayout.isEmpty()) {
      return;
    }
    List<Node> laidOut = new ArrayList<>(awaitingLayout);
    awaitingLayout.clear();
    laidOut.forEach(placeAgain);
  }

  /**
   * Moves the arrows of these nodes to the layer of moving arrows and keeps their cards in view.
   * The arrows of other nodes still there from an earlier move go back to the arrows that stay put
   * (whose bitmap is painted again anyway, as its arrows change); those are returned.
   */
  List<FlowArrowView> beginMove(Collection<String> nodeIds, Collection<FlowArrowView> arrows) {
    moving.clear();
    moving.addAll(nodeIds);
    List<FlowArrowView> settled = new ArrayList<>();
    for (Node n : movingFlows.members()) {
      FlowArrowView a = (FlowArrowView) n;
      if (!movesWith(a)) {
        settled.add(a);
        boolean in = movingFlows.wanted(a);
        stillFlows.add(a, movingFlows.remove(a), in);
      }
    }
    for (FlowArrowView a : arrows) {
      if (movesWith(a) && stillFlows.contains(a)) {
        boolean in = stillFlows.wanted(a);
        movingFlows.add(a, stillFlows.remove(a), in);
      }
    }
    return settled;
  }

  private boolean movesWith(FlowArrowView a) {
    return moving.contains(a.flow().from()) || moving.contains(a.flow().to());
  }

  /**
   * Ends the move; returns the ids of the nodes that were moving. Their arrows stay in the layer of
   * moving arrows, drawn live on top, so a drop does not paint the bitmap of the arrows that stay
   * put again; {@link #settle} puts them back when that bitmap is painted again anyway.
   */
  Set<String> endMove() {
    Set<String> moved = Set.copyOf(moving);
    moving.clear();
    return moved;
  }

  /**
   * Puts the arrows left in the layer of moving arrows by a finished move back among the arrows
   * that stay put (in their paint order); returns them, to be placed again. Nothing while a move
   * goes on.
   */
  List<FlowArrowView> settle() {
    List<FlowArrowView> settled = new ArrayList<>();
    if (!moving.isEmpty()) {
      return settled;
    }
    for (Node a : movingFlows.members()) {
      boolean in = movingFlows.wanted(a);
      stillFlows.add(a, movingFlows.remove(a), in);
      settled.add((FlowArrowView) a);
    }
    return settled;
  }

  /** Carries out what {@link #place} asked for. */
  void flush() {
    stillFlows.flush();
    movingFlows.flush();
    cards.flush();
  }
}
