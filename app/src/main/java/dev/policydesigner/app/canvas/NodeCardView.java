package dev.policydesigner.app.canvas;

import dev.policydesigner.export.diagram.image.CardGeometry;
import dev.policydesigner.export.diagram.image.CardText;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.check.PlaceholderValues;
import java.util.EnumSet;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;

/**
 * A node drawn as a card: icon, name, namespace, labels or values; subjects wear a shield. Its size
 * is the node's {@link CardGeometry}, the same the arrows are routed around and the images draw.
 */
public final class NodeCardView extends Pane {
  private static final PseudoClass SUBJECT = PseudoClass.getPseudoClass("subject");
  private static final PseudoClass CONDITIONAL = PseudoClass.getPseudoClass("conditional");
  private static final double HANDLE_FROM_BOTTOM = 14;
  private static final String SHIELD =
      "M7 0 L14 2.5 L14 7.5 C14 11.5 11 14.5 7 16 C3 14.5 0 11.5 0 7.5 L0 2.5 Z";

  private static final double SHIELD_HEIGHT = 16;
  private static final double SHIELD_FROM_RIGHT = 28;

  private final VBox body = new VBox();
  private final Circle handle = new Circle(6);
  private final SVGPath shield = new SVGPath();
  private final EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
  private Node node;
  private boolean subject;
  private PlaceholderValues values;

  /** A card with its placeholders shown as their defaults. */
  public NodeCardView(Node node, boolean subject) {
    this(node, subject, PlaceholderValues.DEFAULTS);
  }

  /** A card with its placeholders shown as they render with {@code values}. */
  public NodeCardView(Node node, boolean subject, PlaceholderValues values) {
    this.values = values;
    getStyleClass().add("node-card-view");
    body.getStyleClass().add("node-card");
    handle.getStyleClass().add("connect-handle");
    handle.centerXProperty().bind(body.widthProperty());
    // low on the right edge: arrows between cards side by side pass through the middle
    handle.centerYProperty().bind(body.heightProperty().subtract(HANDLE_FROM_BOTTOM));
    // the policy shield sits on the top edge, as the images' badge does: the name keeps its room
    shield.setContent(SHIELD);
    shield.getStyleClass().add("subject-shield");
    shield.setManaged(false);
    shield.layoutXProperty().bind(body.widthProperty().subtract(SHIELD_FROM_RIGHT));
    shield.setLayoutY(-SHIELD_HEIGHT / 2);
    getChildren().addAll(body, handle, shield);
    setId("card-" + node.id());
    // the drop shadow is costly to paint: keep the drawn card as a bitmap while it only moves
    setCache(true);
    show(node, subject);
  }

  /** Shows a changed node; does nothing when nothing visible changed. */
  public void update(Node changed, boolean isSubject) {
    if (changed.equals(node) && isSubject == subject) {
      return;
    }
    show(changed, isSubject);
  }

  /** Shows the placeholders as they render with {@code values} (the repo's cluster.yaml). */
  void setValues(PlaceholderValues values) {
    if (values != this.values) {
      this.values = values;
      Node n = node;
      node = null;
      show(n, subject);
    }
  }

  private void show(Node n, boolean isSubject) {
    boolean contentChanged = node == null || !sameContent(node, n) || subject != isSubject;
    this.node = n;
    this.subject = isSubject;
    relocate(n.position().x(), n.position().y());
    if (contentChanged) {
      CardText text = CardText.fitted(n, values);
      CardGeometry g = CardGeometry.of(n);
      body.setMinSize(g.width(), g.height());
      body.setPrefSize(g.width(), g.height());
      body.setMaxSize(g.width(), g.height());
      body.getChildren().setAll(header(n, text));
      addDetails(text);
      pseudoClassStateChanged(SUBJECT, isSubject);
      shield.setVisible(isSubject);
      pseudoClassStateChanged(CONDITIONAL, n.condition() != null);
    }
  }

  private static boolean sameContent(Node a, Node b) {
    return a.withPosition(b.position()).equals(b);
  }

  private HBox header(Node n, CardText text) {
    VBox titles = new VBox();
    for (String line : text.title()) {
      Label name = new Label(line);
      name.getStyleClass().add("card-name");
      titles.getChildren().add(name);
    }
    Label sub = new Label(text.caption());
    sub.getStyleClass().add("card-namespace");
    titles.getChildren().add(sub);
    titles.getStyleClass().add("card-titles");
    HBox.setHgrow(titles, Priority.ALWAYS);
    HBox header = new HBox(Glyphs.icon(Glyphs.of(n), 32), titles);
    header.getStyleClass().add("card-header");
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  private void addDetails(CardText text) {
    for (int i = 0; i < text.details().size(); i++) {
      Label l = new Label(text.details().get(i));
      l.getStyleClass().add("card-detail");
      if (i == CardText.MAX_DETAILS - 1 && text.details().get(i).matches("\\+\\d+ more")) {
        l.getStyleClass().add("card-more");
      }
      body.getChildren().add(l);
    }
    if (text.condition() != null) {
      Label cond = new Label(text.condition());
      cond.getStyleClass().add("card-condition");
      body.getChildren().add(cond);
    }
  }

  public Node node() {
    return node;
  }

  public String nodeId() {
    return node.id();
  }

  /** The small circle on the right edge that starts a new flow. */
  public Circle handle() {
    return handle;
  }

  /** The card's rectangle (without the handle), for hit tests and arrow ends. */
  public Region body() {
    return body;
  }

  public double cardWidth() {
    return body.getPrefWidth();
  }

  public double cardHeight() {
    return body.getPrefHeight();
  }

  /** Shows these marks as pseudo-classes ({@code :selected}, {@code :spotlit}, …). */
  void setMarks(Set<Mark> now) {
    for (Mark m : Mark.values()) {
      if (m == Mark.SUBJECT || m == Mark.GUARDED) {
        continue; // shown from the node itself
      }
      boolean on = now.contains(m);
      if (on != marks.contains(m)) {
        pseudoClassStateChanged(pseudoClass(m), on);
      }
    }
    marks.clear();
    marks.addAll(now);
  }

  /** The pseudo-class of a mark in the style sheet. */
  static PseudoClass pseudoClass(Mark m) {
    return switch (m) {
      case LIT -> Spotlight.LIT;
      case DIMMED -> Spotlight.DIMMED;
      default -> PseudoClass.getPseudoClass(m.name().toLowerCase(java.util.Locale.ROOT));
    };
  }
}
