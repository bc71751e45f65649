// Styles of the components only other screens use; loaded with the first of those screens
// (App.tsx imports this beside each lazy screen). Parts they are built from are in first-screen.ts.
import '@mantine/core/styles/SimpleGrid.layer.css';
import '@mantine/core/styles/NumberInput.layer.css';
import '@mantine/core/styles/Fieldset.layer.css';
import '@mantine/core/styles/Checkbox.layer.css';
import '@mantine/core/styles/Radio.layer.css';
import '@mantine/core/styles/Switch.layer.css';
import '@mantine/core/styles/Pill.layer.css';
import '@mantine/core/styles/PillsInput.layer.css';
import '@mantine/core/styles/Timeline.layer.css';
import '@mantine/core/styles/Tabs.layer.css';
import '@mantine/core/styles/Kbd.layer.css';
import '@mantine/core/styles/Accordion.layer.css';
