package dev.policydesigner.app.inspector;

import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.WorkloadPort;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.layout.VBox;

/** The container ports of a workload as an editable table. */
final class PortsTable extends VBox {
  PortsTable(WorkloadViewModel vm) {
    super(4);
    TableView<WorkloadPort> table = new TableView<>(vm.ports());
    table.setId("ports-table");
    table.setEditable(true);
    table.setPlaceholder(new javafx.scene.control.Label("No ports"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<WorkloadPort, String> port = textColumn("Port", InputRules::port);
    port.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().port())));
    port.setOnEditCommit(e -> vm.setPortNumber(e.getTablePosition().getRow(), e.getNewValue()));
    TableColumn<WorkloadPort, Protocol> protocol = new TableColumn<>("Protocol");
    protocol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().protocol()));
    protocol.setCellFactory(ChoiceBoxTableCell.forTableColumn(Protocol.values()));
    protocol.setOnEditCommit(
        e -> vm.setPortProtocol(e.getTablePosition().getRow(), e.getNewValue()));
    protocol.setSortable(false);
    TableColumn<WorkloadPort, String> name = textColumn("Name", InputRules::portName);
    name.setCellValueFactory(c -> new ReadOnlyStringWrapper(orEmpty(c.getValue().name())));
    name.setOnEditCommit(e -> vm.setPortName(e.getTablePosition().getRow(), e.getNewValue()));
    TableColumn<WorkloadPort, String> service = textColumn("Service", InputRules::optionalPort);
    service.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(orEmpty(c.getValue().servicePort())));
    service.setOnEditCommit(e -> vm.setServicePort(e.getTablePosition().getRow(), e.getNewValue()));
    port.setPrefWidth(60);
    protocol.setPrefWidth(75);
    name.setPrefWidth(80);
    table.getColumns().add(port);
    table.getColumns().add(protocol);
    table.getColumns().add(name);
    table.getColumns().add(service);
    TableButtons.fitRows(table);
    getChildren().addAll(table, TableButtons.of("port", table, vm::addPort, vm::removePort));
  }

  private static TableColumn<WorkloadPort, String> textColumn(
      String title, java.util.function.Function<String, String> check) {
    TableColumn<WorkloadPort, String> col = new TableColumn<>(title);
    col.setCellFactory(c -> new ValidatedCell<>(check));
    col.setSortable(false);
    return col;
  }

  private static String orEmpty(Object o) {
    return o == null ? "" : o.toString();
  }
}
